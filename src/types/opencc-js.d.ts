/** opencc-js ships its dictionaries as plain string modules without type declarations. */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
