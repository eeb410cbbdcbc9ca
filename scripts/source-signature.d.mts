/** Types of source-signature.mjs, for the tests that import it. */
export declare const stampFile: string;
export declare function sourceSignature(directory: string): string;
export declare function compiledIsCurrent(sources: string, compiled: string): boolean;
