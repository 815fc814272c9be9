import { completionFigures, type MetricReading, percent } from '@cchc/domain';
import type { MetricContext, MetricSource } from '../../registries/metric-source.js';
import { type CompletionTask, loadCompletionTasks } from '../tasks/index.js';

const PLAN_METRIC = 'plan_tasks_completed_on_time';
const PLAN_METHOD = 'tasks.on_time_over_due';
const CITY_METRIC = 'city_tasks_completed';
const CITY_METHOD = 'tasks.assigned_completed_over_due';

/** The tasks a reading counts: those history gives for a report's cut-off, else today's rows on `asOf`. */
const tasksOf = async ({ db, tenantId, plan, asOf, tasks }: MetricContext): Promise<readonly CompletionTask[]> =>
  tasks ?? (await loadCompletionTasks(db, tenantId, plan, asOf));

/**
 * Target "100% of the plan's tasks completed on time": completed on time ÷ tasks due so far (due date passed, or
 * settled before it), with the year-end projection if every open task still in time is completed on time.
 */
export const PLAN_TASKS_ON_TIME: MetricSource = {
  metric: PLAN_METRIC,
  method: PLAN_METHOD,
  module: 'tasks',
  read: async (context: MetricContext): Promise<MetricReading> => {
    const { asOf } = context;
    const figures = completionFigures(await tasksOf(context), asOf);
    return {
      metric: PLAN_METRIC,
      value: figures.onTimeRate,
      asOf,
      origin: 'computed',
      method: PLAN_METHOD,
      numerator: figures.completedOnTime,
      denominator: figures.dueSoFar,
      projection: {
        value: figures.yearEnd.maxRate,
        numerator: figures.yearEnd.maxOnTime,
        denominator: figures.yearEnd.total,
        method: 'tasks.year_end_if_open_on_time',
      },
    };
  },
};

/**
 * Target b, "100% of the tasks the city (and the chairman) assigned completed": completed ÷ those due so far,
 * among the tasks entered with their assigning document.
 */
export const CITY_TASKS_COMPLETED: MetricSource = {
  metric: CITY_METRIC,
  method: CITY_METHOD,
  module: 'tasks',
  read: async (context: MetricContext): Promise<MetricReading> => {
    const { asOf } = context;
    const tasks = await tasksOf(context);
    // Completed tasks are settled, so every one of them is among those due so far.
    const figures = completionFigures(
      tasks.filter((t) => t.source === 'city' || t.source === 'chairman'),
      asOf,
    );
    return {
      metric: PLAN_METRIC,
      value: percent(figures.completed, figures.dueSoFar),
      asOf,
      origin: 'computed',
      method: PLAN_METHOD,
      numerator: figures.completed,
      denominator: figures.dueSoFar,
    };
  },
};
