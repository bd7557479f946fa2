/**
 * Lets the stack hold new API requests while it migrates a running database: PGlite has one
 * session, so the Supabase CLI may only talk to it once PostgREST is idle. pause() resolves when
 * the requests already inside have finished; requests arriving meanwhile wait for resume().
 */
export class RequestGate {
	private inside = 0;
	private paused: { release: Promise<void>; open: () => void } | null = null;
	private drained: (() => void) | null = null;

	/** Waits while paused, then counts the request in; call the returned function when it ends. */
	async enter(): Promise<() => void> {
		while (this.paused) await this.paused.release;
		this.inside++;
		let left = false;
		return () => {
			if (left) return;
			left = true;
			this.inside--;
			if (this.inside === 0) this.drained?.();
		};
	}

	async pause(): Promise<void> {
		while (this.paused) await this.paused.release;
		let open!: () => void;
		const release = new Promise<void>((r) => (open = r));
		this.paused = { release, open };
		if (this.inside > 0) await new Promise<void>((r) => (this.drained = r));
		this.drained = null;
	}

	resume(): void {
		const p = this.paused;
		this.paused = null;
		p?.open();
	}
}
