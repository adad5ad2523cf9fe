/**
 * A cross-process lock file, so that two builds (two terminals, or `npm test`
 * started by several people on one machine) never write the same outputs at
 * once. The lock holds the owner's pid; a lock whose owner is gone is stale.
 */
import { open, readFile, rm, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/**
 * Run `fn` while holding the lock at `lockPath`, waiting (with a message) while
 * another live process holds it.
 */
export async function withLock(lockPath, what, log, fn) {
    await mkdir(dirname(lockPath), { recursive: true });
    let announced = false;
    for (;;) {
        try {
            const fh = await open(lockPath, 'wx');
            await fh.writeFile(String(process.pid));
            await fh.close();
            break;
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
            const owner = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
            if (Number.isFinite(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
                if (!announced)
                    log.info(`waiting for process ${owner}, which is building ${what} (lock ${lockPath})`);
                announced = true;
                await new Promise((r) => setTimeout(r, 2000));
                continue;
            }
            if (!Number.isFinite(owner) || owner <= 0) {
                // Possibly a lock being written right now; give its owner a moment before calling it stale.
                await new Promise((r) => setTimeout(r, 500));
                const again = await readFile(lockPath, 'utf8').catch(() => null);
                if (again !== null && again.trim() !== '')
                    continue;
            }
            await rm(lockPath, { force: true });
        }
    }
    try {
        return await fn();
    }
    finally {
        await rm(lockPath, { force: true });
    }
}
//# sourceMappingURL=lock.js.map