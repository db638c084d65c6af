import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/lib/parse.ts';
for (const f of process.argv.slice(2)) {
  const r = parseArticle({
    id: f
      .split('/')
      .pop()!
      .replace(/\.\w+$/, ''),
    source: readFileSync(f, 'utf8'),
  });
  console.log('=====', r.id, r.headline, JSON.stringify(r.date));
  for (const b of r.blocks) if (b.type !== 'paragraph') console.log('  BLOCK', b.type, JSON.stringify(b.text.slice(0, 80)));
  for (const x of r.removed) console.log('  REMOVED', x.reason, JSON.stringify(x.text.slice(0, 60)));
  for (const q of r.quotes)
    console.log(
      `  Q ${q.kind.padEnd(8)} ${(q.speaker?.personId ?? q.speaker?.name ?? '∅').padEnd(16)} ${q.confidence} [${q.cue}${q.via ? ' via ' + q.via : ''}] ${JSON.stringify(q.text.slice(0, 90))}`,
    );
  for (const p of r.people) console.log(`  P ${p.id.padEnd(16)} ${p.mentions.count} ${JSON.stringify(p.aliases)} ${JSON.stringify(p.titles)}`);
  for (const w of r.warnings) console.log('  W', w.code, w.message);
}
