/** The date formatters, bundled for the page by dateline.spec.ts (they must print the same bytes in Chromium as in Node). */
export { formatDateline, formatWireDate } from '../core/typography/dateline';
export { printInterfaceDateTime, printIsoDate } from '../core/typography/interface-dates';
