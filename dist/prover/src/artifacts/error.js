/**
 * The artifact error shared by the Node loader (./index.ts) and the browser loader
 * (./browser.ts); free of node: imports so browsers can load it. It is the SDK's
 * ArtifactError (code `ARTIFACT`), so one `instanceof` check catches both layers.
 */
import { ArtifactError as SdkArtifactError } from '../../../core/src/errors.js';
/** A missing, unreadable or tampered artifact. The message names the file. */
export class ArtifactError extends SdkArtifactError {
    name = 'ArtifactError';
    constructor(file, message) {
        super(file, message);
        // the loaders' messages already name the file; keep them as written
        this.message = message;
    }
}
/** The remedy every artifact message ends with. */
export const REBUILD = 'run `npm run build` to rebuild it';
//# sourceMappingURL=error.js.map