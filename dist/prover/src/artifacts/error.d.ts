/**
 * The artifact error shared by the Node loader (./index.ts) and the browser loader
 * (./browser.ts); free of node: imports so browsers can load it. It is the SDK's
 * ArtifactError (code `ARTIFACT`), so one `instanceof` check catches both layers.
 */
import { ArtifactError as SdkArtifactError } from '../../../core/src/errors.js';
/** A missing, unreadable or tampered artifact. The message names the file. */
export declare class ArtifactError extends SdkArtifactError {
    name: string;
    constructor(file: string, message: string);
}
/** The remedy every artifact message ends with. */
export declare const REBUILD = "run `npm run build` to rebuild it";
