import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanTask } from './api';
import { TaskTable } from './TaskTable';

/** The appendix as the plan lays it out: each group (I … VII) with its tasks, then work outside the appendix. */
export function PlanTasks({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const known = new Set(plan.groups.map((g) => g.code));
  const sections: { key: string; title: string; tasks: PlanTask[] }[] = plan.groups.map((g) => ({
    key: g.code,
    title: `${g.code}. ${g.title}`,
    tasks: plan.tasks.filter((task) => task.group === g.code),
  }));
  const outside = plan.tasks.filter((task) => task.group === null || !known.has(task.group));
  if (outside.length > 0) sections.push({ key: 'outside', title: t('plan.outsideAppendix'), tasks: outside });
  return (
    <Flex vertical gap={16}>
      {sections.map((s) => (
        <section key={s.key} data-testid={`plan-group-${s.key}`}>
          <Typography.Title level={5}>{s.title}</Typography.Title>
          <TaskTable tasks={s.tasks} />
        </section>
      ))}
    </Flex>
  );
}
