/**
 * Slots for single-threaded compiles (circom) shared by the lanes of one build: at most `slots`
 * run at once, and a freed slot goes to the waiter of lowest priority number, then the earliest.
 * `npm test`'s build compiles its proving circuits at priority 0 and the compile-only ones at 1:
 * the proving circuits, then the contracts and tsc -b that wait on them, are its critical path,
 * and the compile-only circuits fill the cores around that single-threaded tail.
 */
export class CoreSlots {
  private free: number;
  private seq = 0;
  private readonly waiting: Array<{ priority: number; seq: number; start: () => void }> = [];

  constructor(slots: number) {
    if (!Number.isInteger(slots) || slots < 1) throw new Error(`CoreSlots wants a whole number of slots >= 1, got ${slots}`);
    this.free = slots;
  }

  /** Runs `task` in a slot once one is free for its priority (lower runs first); resolves to its result. */
  async run<T>(priority: number, task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else {
      await new Promise<void>((start) => {
        this.waiting.push({ priority, seq: this.seq++, start });
        this.waiting.sort((a, b) => a.priority - b.priority || a.seq - b.seq);
      });
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next.start();
      else this.free++;
    }
  }
}
