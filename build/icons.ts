/**
 * The extension's icons, drawn from one source (assets/icon.svg) at build time: a PNG per size
 * the browsers and stores ask for. Chrome wants PNG for `icons`; Firefox would take the SVG, but
 * one set of files for both keeps the two builds alike.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const ICON_SOURCE = 'assets/icon.svg';

/** 16 and 32: the toolbar (1x and 2x); 48: the extensions page; 96 and 128: the stores and installs. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** Where each size lands in the built extension, as the manifest names it. */
export const iconPath = (size: number) => `icon/${size}.png`;

/** `{ "16": "icon/16.png", … }`, for the manifest's `icons` and the toolbar button's `default_icon`. */
export const ICON_MAP: Record<string, string> = Object.fromEntries(ICON_SIZES.map((s) => [String(s), iconPath(s)]));

/** Draws the source at one size. */
const renderIcon = (svg: string, size: number): Buffer =>
  new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();

/**
 * Draws the source at every size into `outDir` and returns the files as WXT's public assets. Each
 * file is written aside and renamed into place: the Chrome and Firefox builds run side by side and
 * must never copy a half-written icon.
 */
export function renderIcons(root: string, outDir: string): { absoluteSrc: string; relativeDest: string }[] {
  const svg = readFileSync(path.join(root, ICON_SOURCE), 'utf8');
  mkdirSync(outDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const absoluteSrc = path.join(outDir, `${size}.png`);
    const aside = `${absoluteSrc}.${process.pid}.tmp`;
    writeFileSync(aside, renderIcon(svg, size));
    renameSync(aside, absoluteSrc);
    return { absoluteSrc, relativeDest: iconPath(size) };
  });
}
