/**
 * Where a `--cpu-prof` profile of the API spent its busy time, by package (self time of each
 * function, grouped by the package or area its script belongs to). Usage:
 *   BENCH_API_NODE_OPTIONS="--max-semi-space-size=64 --cpu-prof --cpu-prof-dir=tmp/prof" npm run bench:read
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register apps/api/bench/profile-summary.ts tmp/prof/*.cpuprofile
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function area(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(idle)') return 'idle';
  if (functionName === '(program)') return '(program: V8 and native)';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1]!;
  if (url.startsWith('node:')) return `node: ${url.slice(5).split('/')[0]}`;
  if (url.includes('/dist/')) return `our code (${url.split('/dist/')[1]!.split('/').slice(0, 2).join('/')})`;
  return url ? 'other' : `native ${functionName || '(anonymous)'}`;
}

for (const file of process.argv.slice(2)) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const key = area(byId.get(id)!);
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const busy = [...totals].filter(([key]) => key !== 'idle').reduce((sum, [, t]) => sum + t, 0);
  console.log(`${file}: busy ${(busy / 1e6).toFixed(1)} s`);
  for (const [key, time] of [...totals]
    .filter(([k]) => k !== 'idle')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 18))
    console.log(`  ${((100 * time) / busy).toFixed(1).padStart(5)} %  ${key}`);
}
