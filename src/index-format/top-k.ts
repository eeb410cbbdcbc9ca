/** Keeps the k best-scored items seen so far in a min-heap: O(n log k) instead of sorting every match. */
export class TopK {
  private readonly items: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly capacity: number) {}

  offer(item: number, score: number): void {
    if (this.capacity <= 0) return;
    if (this.items.length < this.capacity) {
      this.items.push(item);
      this.scores.push(score);
      this.siftUp(this.items.length - 1);
    } else if (score > this.scores[0]!) {
      this.items[0] = item;
      this.scores[0] = score;
      this.siftDown(0);
    }
  }

  /** Best first; ties by smaller item, so results are stable across runs. */
  sorted(): { item: number; score: number }[] {
    return this.items
      .map((item, index) => ({ item, score: this.scores[index]! }))
      .sort((left, right) => right.score - left.score || left.item - right.item);
  }

  private less(left: number, right: number): boolean {
    return (
      this.scores[left]! < this.scores[right]! ||
      (this.scores[left] === this.scores[right] && this.items[left]! > this.items[right]!)
    );
  }

  private swap(left: number, right: number): void {
    [this.items[left], this.items[right]] = [this.items[right]!, this.items[left]!];
    [this.scores[left], this.scores[right]] = [this.scores[right]!, this.scores[left]!];
  }

  private siftUp(index: number): void {
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.less(index, parent)) return;
      this.swap(index, parent);
      index = parent;
    }
  }

  private siftDown(index: number): void {
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let smallest = index;
      if (left < this.items.length && this.less(left, smallest)) smallest = left;
      if (right < this.items.length && this.less(right, smallest)) smallest = right;
      if (smallest === index) return;
      this.swap(index, smallest);
      index = smallest;
    }
  }
}
