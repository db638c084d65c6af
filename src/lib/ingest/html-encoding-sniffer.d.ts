// The package ships no types; this is the one call we use (html-encoding-sniffer 7).
declare module 'html-encoding-sniffer' {
  /** The WHATWG encoding sniffing algorithm: BOM, then the transport label, then a <meta> prescan, then the default. */
  export default function sniffHTMLEncoding(
    bytes: Uint8Array,
    options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string; maxPrescanBytes?: number },
  ): string;
}
