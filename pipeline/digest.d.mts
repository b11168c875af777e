/** The digest of the files at `paths` below `root` (folders walked in name order) that `keep` keeps, by relative path. */
export declare const sourcesDigest: (root: string, paths: ReadonlyArray<string>, keep?: (relativePath: string) => boolean) => string
