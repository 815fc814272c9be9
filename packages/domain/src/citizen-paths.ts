// The citizens' pages (no login) are a small app of their own (packages/web/citizen.html): the server sends its
// HTML for these paths, the officers' app hands them over to it, and Vite's dev server does the same.
const CITIZEN_PATH = /^\/(tra-cuu|gop-y\/[^/]+|cong-khai\/[^/]+|cong-thong-tin(\/[^/]+(\/in-a3)?)?)\/?$/;

/** Whether a URL (path, with or without a query) is one of the citizens' pages. */
export const isCitizenPath = (url: string): boolean => CITIZEN_PATH.test(url.split(/[?#]/, 1)[0] ?? '');
