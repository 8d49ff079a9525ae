// Types for render.mjs (plain JavaScript so that Node runs it without a build step).
export declare const ICON_SIZES: readonly number[];
/** RGBA bytes (straight alpha) of the size × size icon. */
export declare function renderIcon(size: number): Buffer;
/** A PNG file's contents for RGBA bytes of a size × size image. */
export declare function encodePng(size: number, rgba: Buffer): Buffer;
