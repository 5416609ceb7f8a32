import { parseArgs } from 'node:util';

export const PARTS = ['overhead', 'time-to-image', 'economy', 'scale', 'server'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchArgs {
  /** Fewer runs, for development; the targets are still checked. */
  quick: boolean;
  /** Which parts to run (default: all). */
  parts: Part[];
  /** Write results.json and docs/performance.md (default true; `--no-write` to skip). */
  write: boolean;
  /** Extra node flags for the scenario children, e.g. `--cpu-prof`. */
  childFlags: string[];
  /** Measure nothing: print and write docs/performance.md again from bench/results.json. */
  renderOnly: boolean;
}

export const BENCH_USAGE = `Usage: pnpm bench [--quick] [--only part,...] [--no-write] [--cpu-prof] [--render]

  --quick        fewer runs (development); the targets are still checked
  --only LIST    run only these parts: ${PARTS.join(', ')} (or 1-5)
  --no-write     print the table only; keep bench/results.json and docs/performance.md
  --cpu-prof     write a V8 CPU profile of every scenario child to bench/.tmp/profiles
  --render       measure nothing: print and write docs/performance.md again from bench/results.json
`;

export function parseBenchArgs(argv: readonly string[]): BenchArgs | 'help' {
  const { values } = parseArgs({
    args: argv.filter((arg) => arg !== '--'),
    strict: true,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      'no-write': { type: 'boolean', default: false },
      'cpu-prof': { type: 'boolean', default: false },
      render: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  return {
    quick: values.quick ?? false,
    parts: values.only === undefined ? [...PARTS] : values.only.split(',').map(parsePart),
    write: !(values['no-write'] ?? false),
    childFlags: values['cpu-prof'] ? ['--cpu-prof'] : [],
    renderOnly: values.render ?? false,
  };
}

function parsePart(raw: string): Part {
  const name = raw.trim();
  const byNumber = PARTS[Number(name) - 1];
  if (/^[1-5]$/.test(name) && byNumber) return byNumber;
  if ((PARTS as readonly string[]).includes(name)) return name as Part;
  throw new RangeError(`--only: unknown part "${name}" (use ${PARTS.join(', ')} or 1-5)`);
}
