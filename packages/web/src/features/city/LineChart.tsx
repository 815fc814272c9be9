const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** A small line chart of one measure over the months of a year, drawn as SVG (no chart library for 12 points). */
export function LineChart({
  points,
  max,
  label,
}: {
  points: readonly { month: string; value: number | null }[];
  max: number;
  label: string;
}) {
  const width = 320;
  const height = 120;
  const pad = 24;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / 11;
  const y = (v: number) => height - pad - (Math.min(v, max) / max) * (height - 2 * pad);
  const drawn = points
    .map((p) => ({ ...p, index: Number(p.month.slice(5, 7)) - 1 }))
    .filter((p): p is { month: string; value: number; index: number } => p.value !== null);
  const path = drawn.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.index)},${y(p.value)}`).join(' ');
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} style={{ width: '100%', maxWidth: width }}>
      <line x1={pad} y1={height - pad} x2={width - pad} y2={height - pad} stroke="#ccc" />
      <line x1={pad} y1={pad} x2={pad} y2={height - pad} stroke="#ccc" />
      <text x={2} y={pad + 4} fontSize={9} fill="#888">
        {max}
      </text>
      {MONTHS.map((m) => (
        <text key={m} x={x(m - 1) - 3} y={height - 8} fontSize={9} fill="#888">
          {m}
        </text>
      ))}
      <path d={path} fill="none" stroke="#b71c1c" strokeWidth={2} />
      {drawn.map((p) => (
        <circle key={p.month} cx={x(p.index)} cy={y(p.value)} r={3} fill="#b71c1c">
          <title>{`${p.month}: ${p.value}`}</title>
        </circle>
      ))}
    </svg>
  );
}
