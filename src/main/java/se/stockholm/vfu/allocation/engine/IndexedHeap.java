package se.stockholm.vfu.allocation.engine;

import java.util.Arrays;

/**
 * A binary min-heap of node numbers with decrease-key, ordered by a comparison the owner supplies.
 * Dijkstra over vector distances needs decrease-key on primitive node numbers; the JDK's
 * {@code PriorityQueue} offers neither without boxing and stale entries.
 */
final class IndexedHeap {

    /** Compares two nodes by their current keys. */
    @FunctionalInterface
    interface NodeOrder {
        int compare(int nodeA, int nodeB);
    }

    private static final int ABSENT = -1;

    private final int[] heap;
    private final int[] position;
    private final NodeOrder order;
    private int size;

    IndexedHeap(int nodeCount, NodeOrder order) {
        this.heap = new int[nodeCount];
        this.position = new int[nodeCount];
        this.order = order;
        Arrays.fill(position, ABSENT);
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            position[heap[i]] = ABSENT;
        }
        size = 0;
    }

    void add(int node) {
        heap[size] = node;
        position[node] = size;
        siftUp(size++);
    }

    /** Adds the node, or restores order after its key decreased while in the heap. */
    void addOrDecrease(int node) {
        if (position[node] == ABSENT) {
            add(node);
        } else {
            siftUp(position[node]);
        }
    }

    int poll() {
        int top = heap[0];
        position[top] = ABSENT;
        size--;
        if (size > 0) {
            heap[0] = heap[size];
            position[heap[0]] = 0;
            siftDown(0);
        }
        return top;
    }

    private void siftUp(int index) {
        int node = heap[index];
        while (index > 0) {
            int parent = (index - 1) / 2;
            if (order.compare(node, heap[parent]) >= 0) {
                break;
            }
            place(heap[parent], index);
            index = parent;
        }
        place(node, index);
    }

    private void siftDown(int index) {
        int node = heap[index];
        while (true) {
            int child = 2 * index + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && order.compare(heap[child + 1], heap[child]) < 0) {
                child++;
            }
            if (order.compare(heap[child], node) >= 0) {
                break;
            }
            place(heap[child], index);
            index = child;
        }
        place(node, index);
    }

    private void place(int node, int index) {
        heap[index] = node;
        position[node] = index;
    }
}
