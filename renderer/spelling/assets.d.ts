/** Files the build copies into the app and imports as their URL (Vite's `?url`): the spelling dictionaries. */
declare module '*?url' {
  const url: string;
  export default url;
}
