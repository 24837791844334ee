/** Whether the text has a line whose leading blanks (or the blanks after its list dashes) hold a tab. */
export declare function mayHaveRefusedTab(text: string): boolean;
/** The part of js-yaml's parser state the listener reads. */
interface ListenerState {
    position: number;
    kind: string | null;
}
/** Records where js-yaml read scalars and flow collections, to place tabs against them. */
export declare class TabChecker {
    private readonly text;
    private readonly opened;
    private readonly scalars;
    private readonly flows;
    private readonly columns;
    private readonly blockIndents;
    constructor(text: string);
    /** The js-yaml listener; run beside the position index's. */
    readonly listener: (event: "open" | "close", state: ListenerState) => void;
    private parentColumn;
    /** The offset of the first tab kubectl would refuse, if there is one. */
    firstRefusedTab(): number | undefined;
    private isRefused;
}
export {};
