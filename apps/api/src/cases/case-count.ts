/**
 * Case lists count their matches up to here (`totalCountExact` says whether the count stopped): a count
 * costs one index entry per match, so an uncapped one costs the size of the table. A search tests
 * each row's text, so it stops sooner.
 */
export const CASE_COUNT_CAP = 1_000;
export const SEARCH_COUNT_CAP = 100;
