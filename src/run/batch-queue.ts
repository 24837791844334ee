/**
 * Batches of files that the threads of one run take in turns: each takes the next batch when it
 * is done with its last, so a thread that starts late or gets small files still finishes with
 * the others. The counter lives in shared memory, so each batch goes to exactly one thread.
 */
export class BatchQueue {
  private readonly counter: Int32Array;

  /** `shared` is the counter's memory: a new queue when omitted, or the same queue seen from another thread. */
  constructor(
    readonly files: readonly string[],
    readonly batchSize: number,
    shared: SharedArrayBuffer = new SharedArrayBuffer(4),
  ) {
    this.counter = new Int32Array(shared);
  }

  /** The memory to hand to another thread, with `files` and `batchSize`, to share this queue. */
  get shared(): SharedArrayBuffer {
    return this.counter.buffer as SharedArrayBuffer;
  }

  get batchCount(): number {
    return Math.ceil(this.files.length / this.batchSize);
  }

  /** The index of the next batch nobody has taken yet, or undefined when all are taken. */
  take(): number | undefined {
    const index = Atomics.add(this.counter, 0, 1);
    return index < this.batchCount ? index : undefined;
  }

  filesOf(index: number): string[] {
    return this.files.slice(index * this.batchSize, (index + 1) * this.batchSize);
  }
}
