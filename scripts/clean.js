// Removes the previous build so deleted sources never linger in dist/. With --intermediate, removes only what the
// build makes on the way: the compiled entry modules of the classic scripts (dist/classic/), which only rollup reads.
import { rmSync } from 'node:fs';

const intermediate = process.argv.includes('--intermediate');
rmSync(new URL(intermediate ? '../dist/classic' : '../dist', import.meta.url), { recursive: true, force: true });
