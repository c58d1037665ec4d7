/** The page weight budgets live beside the benchmark that also enforces them (scripts/bench/budgets.ts). */
export * from '../../../scripts/bench/budgets.ts';
