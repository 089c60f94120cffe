/** "1 error", "2 errors"; `many` for words whose plural is not the word and an s. */
export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
