import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { processArticle } from './src/pipeline/article.ts';
const dir = process.argv[2];
const files = (readdirSync(dir, { recursive: true }) as string[]).map(f => dir + '/' + f).filter(f => /\.(txt|html?|json)$/.test(f) && !f.endsWith('.meta.json'));
const inputs = files.map(file => { const sc = file.replace(/\.(txt|html?|json)$/, '.meta.json'); return { id: file, file, bytes: readFileSync(file), ...(existsSync(sc) ? { sidecar: readFileSync(sc), sidecarFile: sc } : {}) }; });
for (let rep = 0; rep < 3; rep++) { const T: any = {}; for (const i of inputs) { const r = processArticle(i as any); if (r.ok) for (const [k, v] of Object.entries(r.timings)) T[k] = (T[k] ?? 0) + v; } console.log(Object.fromEntries(Object.entries(T).map(([k, v]: any) => [k, Math.round(v)]))); }
