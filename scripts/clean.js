// Removes the previous build so deleted sources never linger in dist/. With --intermediate, removes only what the
// build makes on the way: the compiled entry modules of the classic scripts (dist/classic/), which only rollup reads,
// and what tsc left in dist/embed/ beside the pages and the two scripts rollup bundled over their modules.
import { readdirSync, rmSync } from 'node:fs';

const intermediate = process.argv.includes('--intermediate');
rmSync(new URL(intermediate ? '../dist/classic' : '../dist', import.meta.url), { recursive: true, force: true });
if (intermediate) {
  const embed = new URL('../dist/embed/', import.meta.url);
  for (const name of readdirSync(embed)) {
    if (!/\.html$|^(frame|resize)\.js$/.test(name)) rmSync(new URL(name, embed));
  }
}
