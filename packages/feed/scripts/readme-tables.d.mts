export declare const START: string;
export declare const END: string;
export declare function renderTables(manifest: unknown, tagName?: string): string;
export declare function spliceTables(readme: string, tables: string): string;
