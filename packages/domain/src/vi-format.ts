// How numbers and months read in Vietnamese (docs/DOMAIN.md §4): comma decimals, two places, a space before "%";
// a month is "Tháng 3/2026". One place for the UI and the documents, so every page says it the same way.

/** A number with comma decimals and dot thousands, `places` decimals: 1234.5 → "1.234,50". */
export function formatNumberVi(value: number, places = 2): string {
  const [whole = '0', fraction = ''] = Math.abs(value).toFixed(places).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 && Number(value.toFixed(places)) !== 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** A share (0–1) as a percentage: 0.505 → "50,50 %"; null → "N/A". */
export function formatPercentVi(share: number | null): string {
  return share === null ? 'N/A' : `${formatNumberVi(share * 100)} %`;
}

/** A month `YYYY-MM` as people say it: "2026-03" → "Tháng 3/2026". */
export function formatMonthVi(month: string): string {
  const [year, mm] = month.split('-');
  return `Tháng ${Number(mm)}/${year}`;
}
