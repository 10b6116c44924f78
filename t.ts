import { readFileSync } from 'node:fs';
import { parseRevision } from './src/model/parse';
import { alignRevisions } from './src/model/align';
const load = (id: string) => parseRevision(readFileSync(`revisions/${id}.txt`), { file: id, provenance: JSON.parse(readFileSync(`revisions/${id}.provenance.json`,'utf8')) }).revision!;
const [a,b] = [load(process.argv[2]!), load(process.argv[3]!)];
const al = alignRevisions(a,b);
for (const p of al.pairs) console.log(p.status.padEnd(10), String(p.similarity).padEnd(6), p.from.map(c=>c.key).join('+').padEnd(40), '→', p.to.map(c=>c.key).join('+'), p.aspects.text?'T':'', p.aspects.label?'L':'', p.aspects.move??'');
console.log(al.summary);
for (const s of al.sections) console.log(s.status, s.from?.heading, '→', s.to?.heading);
