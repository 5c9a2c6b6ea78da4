/*
 * `cem analyze --litelement` also lists Lit's internal reactive state (`_status`...) as attributes,
 * the `name` parameter of the private emit helper as an event, and a few local variables as
 * declarations; this plugin keeps only the public API.
 */
const publicApiOnly = () => ({
  name: 'briefing-feed-public-api',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      module.declarations = (module.declarations ?? []).filter(
        (declaration) => declaration.kind === 'class' || declaration.kind === 'function',
      );
      module.exports = (module.exports ?? []).filter((entry) =>
        module.declarations.some((declaration) => declaration.name === entry.declaration?.name),
      );
      for (const declaration of module.declarations) {
        declaration.attributes = declaration.attributes?.filter(
          (attribute) => !attribute.name.startsWith('_'),
        );
        declaration.events = declaration.events?.filter((event) => event.name.startsWith('briefing-feed-'));
        declaration.members = declaration.members?.filter(
          (member) => member.privacy !== 'private' && !member.name.startsWith('_'),
        );
      }
    }
  },
});

/*
 * Tools read `modules[].path` as files of the published package, so the manifest names the files
 * that ship, not src/: the class is exported by dist/index.js, dist/define.js registers it (the
 * `custom-element-definition` export, with `defineBriefingFeed`), and cdn/briefing-feed.js is the
 * self-registering CDN file. Every path is checked against the packed tarball by the consumer tests.
 */
const PUBLIC_CLASS_MODULE = 'dist/index.js';
const DEFINE_MODULE = 'dist/define.js';
const CDN_MODULE = 'cdn/briefing-feed.js';
const TAG_NAME = 'briefing-feed';

const publishedPaths = () => ({
  name: 'briefing-feed-published-paths',
  packageLinkPhase({ customElementsManifest }) {
    const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
    const element = declarations.find((declaration) => declaration.tagName === TAG_NAME);
    const define = declarations.find((declaration) => declaration.name === 'defineBriefingFeed');
    if (!element || !define)
      throw new Error('custom-elements.json: the element or defineBriefingFeed is missing');
    const classRef = { name: element.name, module: PUBLIC_CLASS_MODULE };
    const definition = { kind: 'custom-element-definition', name: TAG_NAME, declaration: classRef };
    const defineRef = { name: define.name, module: DEFINE_MODULE };
    customElementsManifest.modules = [
      {
        kind: 'javascript-module',
        path: PUBLIC_CLASS_MODULE,
        declarations: [element],
        exports: [{ kind: 'js', name: element.name, declaration: classRef }],
      },
      {
        kind: 'javascript-module',
        path: DEFINE_MODULE,
        declarations: [define],
        exports: [
          { kind: 'js', name: element.name, declaration: classRef },
          { kind: 'js', name: define.name, declaration: defineRef },
          definition,
        ],
      },
      {
        kind: 'javascript-module',
        path: CDN_MODULE,
        declarations: [],
        exports: [
          { kind: 'js', name: element.name, declaration: classRef },
          { kind: 'js', name: define.name, declaration: defineRef },
          definition,
        ],
      },
    ];
  },
});

export default {
  globs: ['src/briefing-feed.ts', 'src/register.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly(), publishedPaths()],
};
