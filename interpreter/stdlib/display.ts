// Package golesson/display: rich output from Go code in a notebook — HTML, Markdown, SVG, PNG,
// JPEG, JSON, plain text or any MIME bundle — and updating an earlier display in place by its ID.
// Bundles go to the host through RunIO.display (api.ts); without a display hook (the command line)
// the text/plain part is written to standard output instead. docs/display.md is the user's guide.
import type { StdPackage } from './package.js';
import type { GoMap } from '../runtime/map.js';
import type { Slice } from '../runtime/slice.js';
import { clearOutputHook, displayHook, writeStdout } from '../runtime/process.js';
import { bytesToStr } from './convert.js';
import { fromBytes, toBytes } from './utf8/codec.js';

const source = `package display

// ID names a display so that it can be updated later.
type ID string

// Bundle maps MIME types ("text/html", "image/png", ...) to their data: text as is, binary
// data base64-encoded.
type Bundle map[string]string

func show(b Bundle, id string, update bool) string
func clear(wait bool)

// Clear clears the cell's output now.
func Clear() { clear(false) }

// ClearWait clears the cell's output when the next output arrives, so a display redrawn in a
// loop (an animation) does not flicker.
func ClearWait() { clear(true) }
func base64(data []byte) string
func stripTags(html string) string

// Show displays a MIME bundle and returns its ID.
func Show(b Bundle) ID { return ID(show(b, "", false)) }

// Update replaces what display id shows with the bundle b.
func Update(id ID, b Bundle) { show(b, string(id), true) }

func HTML(html string) ID         { return Show(htmlBundle(html)) }
func Markdown(markdown string) ID { return Show(markdownBundle(markdown)) }
func SVG(svg string) ID           { return Show(svgBundle(svg)) }
func PNG(data []byte) ID          { return Show(imageBundle("image/png", "PNG", data)) }
func JPEG(data []byte) ID         { return Show(imageBundle("image/jpeg", "JPEG", data)) }
func JSON(json string) ID         { return Show(Bundle{"application/json": json, "text/plain": json}) }
func Text(text string) ID         { return Show(Bundle{"text/plain": text}) }

func (id ID) Update(b Bundle)          { Update(id, b) }
func (id ID) HTML(html string)         { Update(id, htmlBundle(html)) }
func (id ID) Markdown(markdown string) { Update(id, markdownBundle(markdown)) }
func (id ID) SVG(svg string)           { Update(id, svgBundle(svg)) }
func (id ID) PNG(data []byte)          { Update(id, imageBundle("image/png", "PNG", data)) }
func (id ID) JPEG(data []byte)         { Update(id, imageBundle("image/jpeg", "JPEG", data)) }
func (id ID) JSON(json string)         { Update(id, Bundle{"application/json": json, "text/plain": json}) }
func (id ID) Text(text string)         { Update(id, Bundle{"text/plain": text}) }

func htmlBundle(html string) Bundle {
	return Bundle{"text/html": html, "text/plain": stripTags(html)}
}

func markdownBundle(markdown string) Bundle {
	return Bundle{"text/markdown": markdown, "text/plain": markdown}
}

func svgBundle(svg string) Bundle {
	return Bundle{"image/svg+xml": svg, "text/plain": "[SVG image]"}
}

func imageBundle(mime, name string, data []byte) Bundle {
	return Bundle{mime: base64(data), "text/plain": "[" + name + " image]"}
}
`;

let nextId = 1;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 of a byte string. */
export function base64(bytes: string): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes.charCodeAt(i);
    const b = i + 1 < bytes.length ? bytes.charCodeAt(i + 1) : 0;
    const c = i + 2 < bytes.length ? bytes.charCodeAt(i + 2) : 0;
    out += B64[a >> 2]! + B64[((a & 3) << 4) | (b >> 4)]!;
    out += i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)]! : '=';
    out += i + 2 < bytes.length ? B64[c & 63]! : '=';
  }
  return out;
}

/** Text of an HTML fragment for terminals: tags dropped, common entities decoded. */
export function stripTags(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

function show(b: GoMap<string, string> | null, id: string, update: boolean): string {
  const bundle: Record<string, string> = {};
  if (b !== null) for (const [k, v] of b.entries()) bundle[fromBytes(k)] = fromBytes(v);
  const theId = update ? fromBytes(id) : `golesson-display-${nextId++}`;
  const hook = displayHook();
  if (hook) hook(bundle, theId, update);
  else if (bundle['text/plain'] !== undefined) writeStdout(toBytes(bundle['text/plain']) + '\n');
  return toBytes(theId);
}

export const displayPackage: StdPackage = {
  path: 'golesson/display',
  source,
  impl: {
    show,
    // Without a notebook (the command line) there is nothing to clear.
    clear: (wait: boolean) => clearOutputHook()?.(wait),
    base64: (data: Slice<number> | null) => base64(bytesToStr(data)),
    stripTags: (html: string) => stripTags(html),
  },
};
