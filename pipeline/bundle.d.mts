/** The name of the build of the sources below `root` (default: this checkout): a digest of the sources and of where they are. */
export declare const buildKey: (root?: string) => string
/** Imports `pipeline/NAME.ts` from its build, or through tsx when no build can be made. */
export declare const load: (name: string) => Promise<unknown>
