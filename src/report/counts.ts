import type { FileResult } from '../rules/types.js';

export function countSeverities(files: FileResult[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const message of file.messages) {
      if (message.severity === 'error') errors += 1;
      else warnings += 1;
    }
  }
  return { errors, warnings };
}
