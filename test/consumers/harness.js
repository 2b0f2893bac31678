// The package as its users get it: `npm pack`, then installed into small apps made the way users make them (Vite +
// React 19 + TypeScript, the same with React 18, Vite + Vue 3 + vue-tsc, a strict TypeScript page, and Eleventy 3 and 2
// sites made from the recipe in docs/site-generators.md, each with its own pinned lockfile), type-checked and built with their own tools. The browser tests (test/consumers.test.ts) ask for the
// results through the test runner's `consumer-apps` command and open the built pages.
//
// Run it alone to see the output: `node test/consumers/harness.js` (after `npm run build`; `--json` prints the results
// as JSON, which is how the test server runs it, in a process of its own). After a change to the
// package's dependencies or version, `node test/consumers/harness.js --update-lockfiles [app ...]` installs the apps
// (all, or those named) afresh and writes their lockfiles back.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, delimiter, dirname, join, parse, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const appsFolder = fileURLToPath(new URL('./', import.meta.url));
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tarballName = 'mdma-therapy-widgets.tgz';
const lockedPackage = `node_modules/${packageJson.name}`;

/** The apps, each a folder beside this file. */
export const apps = ['react19-ts', 'react18-ts', 'vue3', 'strict-ts', 'eleventy3', 'eleventy2'];

/**
 * The apps' files that are the documentation's own examples (the code block after `<!-- example: <name> -->` in
 * README.md or a page of docs/), written into the app before it builds: what is built is the recipe as readers copy it.
 */
const documentedExamples = {
  eleventy3: ['eleventy.config.js', 'index.njk', 'safety.liquid', 'timeline.11ty.js'],
  eleventy2: ['eleventy.config.cjs', 'index.njk', 'safety.liquid'],
};

/**
 * Where the apps are installed and built: outside the repository, because Node and TypeScript look for packages in
 * every node_modules folder above an app, and the repository's own would hide a dependency the package forgot.
 * Kept between runs; `CONSUMER_APPS_DIR` chooses another place.
 */
export const workFolder =
  process.env.CONSUMER_APPS_DIR ??
  join(homedir(), '.cache', packageJson.name, `consumers-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`);

/** Keeps the last part of long output: the end says what failed. */
function tail(text, length = 8000) {
  return text.length > length ? `…${text.slice(-length)}` : text;
}

/** The environment for the apps' own npm and tools: none of this repository's npm settings or binaries. */
function appEnvironment() {
  const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_|^INIT_CWD$/i.test(name)));
  const ownBinaries = join(root, 'node_modules', '.bin');
  environment.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => resolve(entry) !== resolve(ownBinaries))
    .join(delimiter);
  return { ...environment, NO_COLOR: '1', FORCE_COLOR: '0', CI: 'true' };
}

/** Runs `command` in `cwd`; never rejects: the outcome says whether it worked. */
function run(name, command, args, cwd) {
  return new Promise((resolvePromise) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd, env: appEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    const finish = (ok, extra = '') =>
      resolvePromise({ name, command: [command, ...args].join(' '), ok, seconds: (Date.now() - started) / 1000, output: tail(output + extra), stdout });
    child.on('error', (error) => finish(false, `\n${error.message}`));
    child.on('close', (code) => finish(code === 0, code === 0 ? '' : `\nexit code ${code}`));
  });
}

/** No node_modules folder above the work folder may offer packages the apps did not install. */
function checkWorkFolder() {
  for (let folder = dirname(workFolder); ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'node_modules'))) {
      throw new Error(
        `${join(folder, 'node_modules')} would lend packages to the apps in ${workFolder}; set CONSUMER_APPS_DIR to a folder ` +
          'with no node_modules above it.',
      );
    }
    if (folder === parse(folder).root) return;
  }
}

/** `npm pack` of the built package (`npm test` has just built it; packing must not rebuild under the running tests). */
async function pack() {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
  mkdirSync(workFolder, { recursive: true });
  const packed = await run('npm pack', 'npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', workFolder], root);
  if (!packed.ok) throw new Error(`npm pack failed:\n${packed.output}`);
  const [report] = JSON.parse(packed.stdout);
  renameSync(join(workFolder, report.filename), join(workFolder, tarballName));
  return {
    size: report.size,
    unpackedSize: report.unpackedSize,
    files: report.files.map(({ path, size }) => ({ path, size })),
  };
}

/** The app's sources in the work folder, beside the node_modules of an earlier run. */
function copyApp(app) {
  const target = join(workFolder, app);
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(target)) if (entry !== 'node_modules') rmSync(join(target, entry), { recursive: true, force: true });
  cpSync(join(appsFolder, app), target, {
    recursive: true,
    filter: (source) => !relative(join(appsFolder, app), source).split(sep).some((part) => part === 'node_modules' || part === 'dist'),
  });
  return target;
}

/** The documentation's pages: README.md and docs/*.md, as paths from the repository's root. */
export function documentationPages() {
  const docs = existsSync(join(root, 'docs')) ? readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).sort() : [];
  return ['README.md', ...docs.map((name) => `docs/${name}`)];
}

/** Writes the documented examples that `app` is made of into `target`; says which the documentation lacks. */
function writeDocumentedExamples(app, target) {
  const examples = new Map();
  for (const page of documentationPages()) {
    const text = readFileSync(join(root, page), 'utf8');
    for (const [, name, code] of text.matchAll(/<!-- example: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)) {
      if (!examples.has(name)) examples.set(name, { page, code });
    }
  }
  const wanted = documentedExamples[app];
  const missing = wanted.filter((name) => !examples.has(name));
  for (const name of wanted) if (examples.has(name)) writeFileSync(join(target, name), `${examples.get(name).code}\n`);
  const pages = [...new Set(wanted.filter((name) => examples.has(name)).map((name) => examples.get(name).page))];
  return {
    name: 'files from the documentation',
    command: `${pages.join(', ') || 'README.md and docs/'}: ${wanted.join(', ')}`,
    ok: missing.length === 0,
    seconds: 0,
    output: missing.length === 0 ? '' : `no page of README.md and docs/ has an example named ${missing.join(', ')}`,
  };
}

const sameJson = (a, b) => JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

/**
 * The app's lockfile pins the package's own dependencies too; a lockfile written for another version or other
 * dependencies would install something else than users get. The tarball's hash is left out, or npm would install
 * an earlier tarball from its cache.
 */
function checkLockfile(target) {
  const lockFile = join(target, 'package-lock.json');
  const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
  const entry = lock.packages?.[lockedPackage];
  const problems = [];
  if (!entry) problems.push(`it does not install ${packageJson.name}`);
  else {
    if (entry.version !== packageJson.version) problems.push(`it locks version ${entry.version}, the package is ${packageJson.version}`);
    if (!sameJson(entry.dependencies, packageJson.dependencies)) problems.push('it locks other dependencies than package.json lists');
    if (!sameJson(entry.peerDependencies, packageJson.peerDependencies)) problems.push('it locks other peer dependencies');
    delete entry.integrity;
    writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
  }
  return {
    name: 'lockfile matches the package',
    command: 'package-lock.json',
    ok: problems.length === 0,
    seconds: 0,
    output: problems.length === 0 ? '' : `${problems.join('; ')}. Run \`node test/consumers/harness.js --update-lockfiles\`.`,
  };
}

/**
 * Every type a user can meet through the package's entry points (in an export, a public member, a property's or an
 * event's type, recursively) is exported from the package root, so it can be imported by name. Checked on the
 * declarations as installed, with the TypeScript this repository builds with.
 */
async function checkPublicTypes(appFolder) {
  const { default: ts } = await import('typescript');
  const packageFolder = join(appFolder, 'node_modules', packageJson.name);
  const entryPoints = Object.entries(packageJson.exports)
    .filter(([subpath, target]) => typeof target === 'object' && target.types && subpath !== './react.js')
    .map(([subpath]) => (subpath === '.' ? packageJson.name : `${packageJson.name}/${subpath.slice(2)}`));
  const probe = join(appFolder, 'public-types-probe.ts');
  writeFileSync(probe, entryPoints.map((specifier, index) => `export * as entry${index} from '${specifier}';`).join('\n'));
  try {
    const program = ts.createProgram([probe], {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
      strict: true,
      noEmit: true,
    });
    const checker = program.getTypeChecker();
    const inPackage = (declaration) => resolve(declaration.getSourceFile().fileName).startsWith(packageFolder + sep);
    const target = (symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
    const moduleOf = (specifier) => {
      const resolved = ts.resolveModuleName(specifier, probe, program.getCompilerOptions(), ts.sys).resolvedModule;
      const file = resolved && program.getSourceFile(resolved.resolvedFileName);
      return file && checker.getSymbolAtLocation(file);
    };
    const rootModule = moduleOf(packageJson.name);
    if (!rootModule) throw new Error(`${packageJson.name} does not resolve to its declarations`);
    const rootExports = new Set(checker.getExportsOfModule(rootModule).map(target));

    const typeKinds = ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Class | ts.SymbolFlags.Enum;
    const isExported = (symbol, declaration) => {
      const module = checker.getSymbolAtLocation(declaration.getSourceFile());
      return module !== undefined && checker.getExportsOfModule(module).some((exported) => target(exported) === symbol);
    };
    const seen = new Set();
    const missing = new Map();

    /** Follows every named type in `node` to its declaration. */
    const visitTypes = (node, from) => {
      if (ts.isTypeReferenceNode(node) || ts.isExpressionWithTypeArguments(node) || ts.isImportTypeNode(node)) {
        const name = ts.isTypeReferenceNode(node) ? node.typeName : ts.isImportTypeNode(node) ? node.qualifier : node.expression;
        const symbol = name && checker.getSymbolAtLocation(name);
        if (symbol) visitSymbol(target(symbol), from);
      }
      ts.forEachChild(node, (child) => visitTypes(child, from));
    };

    /** A type of the package: recorded if the root does not export it, and its own public parts followed. */
    const visitSymbol = (symbol, from) => {
      if (seen.has(symbol) || !(symbol.flags & typeKinds)) return;
      const declarations = (symbol.declarations ?? []).filter(inPackage);
      if (declarations.length === 0) return;
      seen.add(symbol);
      // Helper types a module keeps to itself (not exported) cannot be imported from anywhere, and are not asked for.
      if (!declarations.some((declaration) => isExported(symbol, declaration))) return;
      if (!rootExports.has(symbol)) {
        const file = relative(packageFolder, declarations[0].getSourceFile().fileName);
        missing.set(`${symbol.name} (${file})`, from);
      }
      for (const declaration of declarations) visitDeclaration(declaration, symbol.name);
    };

    /** The public surface of a declaration: not private or protected members, nor `#private` fields. */
    const visitDeclaration = (declaration, from) => {
      if (ts.isClassDeclaration(declaration) || ts.isInterfaceDeclaration(declaration)) {
        for (const clause of declaration.heritageClauses ?? []) visitTypes(clause, from);
        for (const member of declaration.members) {
          const flags = ts.getCombinedModifierFlags(member);
          if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
          if (member.name && ts.isPrivateIdentifier(member.name)) continue;
          visitTypes(member, `${from}.${member.name?.getText() ?? ''}`);
        }
      } else {
        visitTypes(declaration, from);
      }
    };

    for (const specifier of entryPoints) {
      const module = moduleOf(specifier);
      if (!module) throw new Error(`${specifier} does not resolve to its declarations`);
      for (const exported of checker.getExportsOfModule(module)) {
        const symbol = target(exported);
        if (symbol.flags & typeKinds) visitSymbol(symbol, specifier);
        else for (const declaration of (symbol.declarations ?? []).filter(inPackage)) visitDeclaration(declaration, `${specifier} ${symbol.name}`);
      }
    }
    return { checked: seen.size, missing: [...missing].map(([type, from]) => `${type}, met in ${from}`) };
  } finally {
    rmSync(probe, { force: true });
  }
}

/**
 * `npm ci` from the app's lockfile. When the app's node_modules came from this very lockfile in an earlier run, only
 * the package itself is replaced by the new tarball's contents (what `npm ci` would do, in a fraction of the time), and
 * the caches of TypeScript and Vite are emptied.
 */
async function install(target) {
  const modules = join(target, 'node_modules');
  const marker = join(modules, '.installed-from-lockfile');
  const lockHash = createHash('sha256').update(readFileSync(join(target, 'package-lock.json'))).digest('hex');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === lockHash) {
    const installed = join(modules, packageJson.name);
    rmSync(installed, { recursive: true, force: true });
    for (const cache of ['.tmp', '.vite']) rmSync(join(modules, cache), { recursive: true, force: true });
    mkdirSync(installed, { recursive: true });
    const unpacked = await run('install', 'tar', ['-xzf', join(workFolder, tarballName), '-C', installed, '--strip-components=1'], target);
    return { ...unpacked, command: `${unpacked.command} (node_modules already installed from this lockfile)` };
  }
  const installed = await run('install', 'npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], target);
  if (installed.ok) writeFileSync(marker, lockHash);
  return installed;
}

/** The apps that use no React: installing the package must bring them none of these. */
const appsWithoutReact = ['vue3', 'strict-ts', 'eleventy3', 'eleventy2'];
const reactPackages = ['react', 'react-dom', '@lit/react', '@types/react', '@types/react-dom'];

/** The React packages the app's lockfile installs (at any depth), and those in its node_modules. */
function checkNoReact(target) {
  const lock = JSON.parse(readFileSync(join(target, 'package-lock.json'), 'utf8'));
  const locked = Object.keys(lock.packages ?? {}).filter((path) => reactPackages.some((name) => path.endsWith(`node_modules/${name}`)));
  const installed = reactPackages.filter((name) => existsSync(join(target, 'node_modules', name)));
  const found = [...new Set([...locked, ...installed.map((name) => `node_modules/${name}`)])];
  return {
    name: 'no React package installed',
    command: `package-lock.json and node_modules: ${reactPackages.join(', ')}`,
    ok: found.length === 0,
    seconds: 0,
    output: found.length === 0 ? '' : `installed: ${found.join(', ')}`,
  };
}

/** How each app is checked, after `npm ci`: for an app without React, that none of React's packages came with the
 * package; its own `npm run build` (type-check, then Vite); and for the strict page also the TypeScript this repository
 * builds with, as a user on an older compiler would. */
function checks(app, target) {
  const steps = [];
  if (appsWithoutReact.includes(app)) steps.push(() => checkNoReact(target));
  steps.push(() => run('type-check and build', 'npm', ['run', 'build'], target));
  if (app === 'strict-ts') {
    const ownTypeScript = join(root, 'node_modules', 'typescript');
    const { version } = JSON.parse(readFileSync(join(ownTypeScript, 'package.json'), 'utf8'));
    steps.push(() => run(`type-check with TypeScript ${version}`, process.execPath, [join(ownTypeScript, 'bin', 'tsc'), '-p', 'tsconfig.json'], target));
  }
  return steps;
}

/** Packs, installs, type-checks and builds every app; says what worked, with the output of what did not. */
export async function runConsumerApps() {
  checkWorkFolder();
  const started = Date.now();
  const packed = await pack();
  const results = {};
  let publicTypes;
  for (const app of apps) {
    const target = copyApp(app);
    const steps = [checkLockfile(target)];
    if (documentedExamples[app]) steps.push(writeDocumentedExamples(app, target));
    if (steps.every((step) => step.ok)) steps.push(await install(target));
    if (steps.every((step) => step.ok)) {
      for (const step of checks(app, target)) steps.push(await step());
    }
    if (app === 'strict-ts' && steps[1]?.ok) publicTypes = await checkPublicTypes(target);
    results[app] = { steps: steps.map(({ stdout: _stdout, ...step }) => step), built: existsSync(join(target, 'dist', 'index.html')) };
  }
  return { workFolder, seconds: (Date.now() - started) / 1000, pack: packed, apps: results, publicTypes };
}

/** Installs `chosen` apps afresh from the registry and writes their lockfiles back, without the tarball's hash. */
async function updateLockfiles(chosen) {
  checkWorkFolder();
  await pack();
  for (const app of chosen) {
    const target = copyApp(app);
    rmSync(join(target, 'package-lock.json'), { force: true });
    rmSync(join(target, 'node_modules'), { recursive: true, force: true });
    const installed = await run('install', 'npm', ['install', '--no-audit', '--no-fund'], target);
    if (!installed.ok) throw new Error(`${app}: npm install failed:\n${installed.output}`);
    const lock = JSON.parse(readFileSync(join(target, 'package-lock.json'), 'utf8'));
    delete lock.packages[lockedPackage].integrity;
    writeFileSync(join(appsFolder, app, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
    console.log(`${app}: package-lock.json written`);
  }
}

/** The built app's files, for the test server: `/consumers/<app>/<file>` serves `<work folder>/<app>/dist/<file>`. */
export function serveConsumerBuilds(prefix = '/consumers/') {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  return async (context, next) => {
    if (!context.path.startsWith(prefix)) return next();
    const [app, ...rest] = context.path.slice(prefix.length).split('/');
    // A folder's address (`/consumers/<app>/about/`) serves its index.html.
    const file = resolve(workFolder, app, 'dist', ...(rest.length === 0 || rest.at(-1) === '' ? [...rest.slice(0, -1), 'index.html'] : rest));
    if (!apps.includes(app) || !file.startsWith(join(workFolder, app, 'dist') + sep) || !existsSync(file)) return next();
    context.type = types[parse(file).ext] ?? 'application/octet-stream';
    context.body = readFileSync(file);
    return undefined;
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--update-lockfiles')) {
    const named = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
    const unknown = named.filter((app) => !apps.includes(app));
    if (unknown.length > 0) throw new Error(`No app named ${unknown.join(', ')}; the apps are ${apps.join(', ')}.`);
    await updateLockfiles(named.length > 0 ? named : apps);
  } else if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(await runConsumerApps()));
  } else {
    const results = await runConsumerApps();
    for (const [app, { steps }] of Object.entries(results.apps)) {
      for (const step of steps) console.log(`${app}: ${step.name}: ${step.ok ? 'ok' : 'FAILED'} (${step.seconds.toFixed(1)} s)${step.ok ? '' : `\n${step.output}`}`);
    }
    console.log(`public types checked: ${results.publicTypes?.checked}; missing from the root: ${JSON.stringify(results.publicTypes?.missing)}`);
    console.log(`packed ${results.pack.files.length} files, ${results.pack.size} bytes; ${results.seconds.toFixed(0)} s in ${basename(workFolder)}`);
  }
}
