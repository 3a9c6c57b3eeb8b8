import type { BenchRow } from './bench-types.js';

const verdict = (row: BenchRow): string => (row.meetsBar === undefined ? '' : row.meetsBar ? 'met' : 'NOT met');

const valueOf = (row: BenchRow): string =>
  row.value === null ? 'not measured' : `${row.value.toLocaleString('en-US')}${row.unit ? ` ${row.unit}` : ''}`;

/** A plain-text table (also valid Markdown) of the rows. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['scenario', 'metric', 'value', 'bar', 'verdict', 'note'];
  const lines = rows.map((row) => [row.scenario, row.metric, valueOf(row), row.bar ?? '', verdict(row), row.note ?? '']);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] as string).length)));
  const render = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] as number)).join(' | ')} |`;
  return [render(header), render(widths.map((width) => '-'.repeat(width))), ...lines.map(render)].join('\n');
}
