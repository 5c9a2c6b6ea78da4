/*
 * `cem analyze --litelement` also lists Lit's internal reactive state (`_status`...) as attributes,
 * the `name` parameter of the private emit helper as an event, and a few local variables as
 * declarations; this plugin keeps only the public API.
 */
const publicApiOnly = () => ({
  name: 'briefing-feed-public-api',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      module.declarations = (module.declarations ?? []).filter((declaration) => declaration.kind === 'class');
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

export default {
  globs: ['src/briefing-feed.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};
