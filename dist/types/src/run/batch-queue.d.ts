/**
 * Batches of files that the threads of one run take in turns: each takes the next batch when it
 * is done with its last, so a thread that starts late or gets small files still finishes with
 * the others. The counter lives in shared memory, so each batch goes to exactly one thread.
 */
export declare class BatchQueue {
    readonly files: readonly string[];
    readonly batchSize: number;
    private readonly counter;
    /** `shared` is the counter's memory: a new queue when omitted, or the same queue seen from another thread. */
    constructor(files: readonly string[], batchSize: number, shared?: SharedArrayBuffer);
    /** The memory to hand to another thread, with `files` and `batchSize`, to share this queue. */
    get shared(): SharedArrayBuffer;
    get batchCount(): number;
    /** The index of the next batch nobody has taken yet, or undefined when all are taken. */
    take(): number | undefined;
    filesOf(index: number): string[];
}
