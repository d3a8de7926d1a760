import { useId } from 'react';

export type Bar = { label: string; value: number; display: string };

/**
 * A horizontal bar chart drawn as server-rendered SVG: no chart library, no JavaScript. It is an
 * image with a title and a description (role="img"); the same figures must also be on the page as
 * a table (the accessible alternative), which the chart does not replace.
 */
export function BarChart({ title, description, bars }: { title: string; description: string; bars: Bar[] }) {
  const id = useId();
  const rowHeight = 28;
  const labelWidth = 240;
  const valueWidth = 110;
  const chartWidth = 420;
  const height = Math.max(1, bars.length) * rowHeight + 8;
  const max = Math.max(0, ...bars.map((b) => b.value));
  return (
    <figure className="mb-4 max-w-full overflow-x-auto">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${labelWidth + chartWidth + valueWidth} ${height}`}
        width={labelWidth + chartWidth + valueWidth}
        height={height}
        className="max-w-full"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {bars.map((bar, i) => {
          const y = 4 + i * rowHeight;
          const width = max > 0 ? Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * chartWidth) : 0;
          return (
            <g key={`${bar.label}-${i}`}>
              <text x={labelWidth - 8} y={y + rowHeight / 2 + 5} textAnchor="end" fontSize="14" fill="#1a1a1a">
                {bar.label.length > 32 ? `${bar.label.slice(0, 31)}…` : bar.label}
              </text>
              <rect x={labelWidth} y={y + 4} width={width} height={rowHeight - 8} fill="#0066cc" />
              <text x={labelWidth + width + 6} y={y + rowHeight / 2 + 5} fontSize="14" fill="#1a1a1a">
                {bar.display}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
