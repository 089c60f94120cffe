/**
 * When each volume of the Journal of Machine Learning Research (jmlr.org/papers/) appeared.
 *
 * JMLR volumes are not simply "volume + 1999". The spans below are the ones JMLR's own index
 * (jmlr.org/papers/) gives, e.g. "Volume 18 (February 2017 - August 2018)", as copied into a public
 * crawler's table (JMLRCrawler.java in a public GitHub repository), and were checked against papers'
 * citations: volume 18 holds papers cited as 2017 (18(17), 18(21)) and as 2018 (Hyperband, Baydin et
 * al.); volume 26 papers are cited as 2025 (26(175), 26(235)).
 *
 * A volume that spans one calendar year gives the year directly. A volume that spans two can give the
 * year only when the paper's key carries it: JMLR's older keys are author plus two-digit year plus a
 * letter (`blei03a`, `lanckriet04a`), and the year is accepted only when it falls inside the volume's
 * span. Newer keys are submission numbers (`16-558`: submitted 2016) and say nothing about publication,
 * so a paper in volume 17 or 18 gives no year. Volumes after 26 are not listed yet.
 */
export interface JmlrVolume {
  volume: number;
  /** First and last calendar year of the volume's papers. */
  from: number;
  to: number;
  /** The span as JMLR's index writes it. */
  span: string;
}

export const jmlrVolumes: readonly JmlrVolume[] = [
  { volume: 1, from: 2000, to: 2001, span: 'Oct 2000 - Sep 2001' },
  { volume: 2, from: 2001, to: 2002, span: 'Oct 2001 - Mar 2002' },
  { volume: 3, from: 2002, to: 2003, span: 'Jul 2002 - Mar 2003' },
  { volume: 4, from: 2003, to: 2003, span: 'Apr 2003 - December 2003' },
  { volume: 5, from: 2003, to: 2004, span: 'December 2003 - December 2004' },
  { volume: 6, from: 2005, to: 2005, span: 'January 2005 - December 2005' },
  { volume: 7, from: 2006, to: 2006, span: 'January 2006 - December 2006' },
  { volume: 8, from: 2007, to: 2007, span: 'January 2007 - December 2007' },
  { volume: 9, from: 2008, to: 2008, span: 'January 2008 - December 2008' },
  { volume: 10, from: 2009, to: 2009, span: 'January 2009 - December 2009' },
  { volume: 11, from: 2010, to: 2010, span: 'January 2010 - December 2010' },
  { volume: 12, from: 2011, to: 2011, span: 'January 2011 - December 2011' },
  { volume: 13, from: 2012, to: 2012, span: 'January 2012 - December 2012' },
  { volume: 14, from: 2013, to: 2013, span: 'January 2013 - December 2013' },
  { volume: 15, from: 2014, to: 2014, span: 'January 2014 - December 2014' },
  { volume: 16, from: 2015, to: 2015, span: 'January 2015 - December 2015' },
  { volume: 17, from: 2016, to: 2017, span: 'January 2016 - January 2017' },
  { volume: 18, from: 2017, to: 2018, span: 'February 2017 - August 2018' },
  { volume: 19, from: 2018, to: 2018, span: 'August 2018 - December 2018' },
  { volume: 20, from: 2019, to: 2019, span: 'January 2019 - December 2019' },
  { volume: 21, from: 2020, to: 2020, span: 'January 2020 - December 2020' },
  { volume: 22, from: 2021, to: 2021, span: 'January 2021 - December 2021' },
  // From here the index copy reads "Volume 23 (January 2022 - Present)"; volumes 23-26 each hold one
  // year, as their papers' citations show (e.g. 24(240) 2023, 25(70) 2024, 26(175) 2025).
  { volume: 23, from: 2022, to: 2022, span: 'January 2022 - December 2022' },
  { volume: 24, from: 2023, to: 2023, span: 'January 2023 - December 2023' },
  { volume: 25, from: 2024, to: 2024, span: 'January 2024 - December 2024' },
  { volume: 26, from: 2025, to: 2025, span: 'January 2025 - December 2025' },
];
