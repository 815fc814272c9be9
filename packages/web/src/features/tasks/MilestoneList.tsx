import { formatShortDate } from '@cchc/domain';
import { App, Button, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type TaskDetail, type TaskMilestone, useTaskAction } from './api';

/**
 * The milestones of a task with several ("Quý I và Quý III"): each with its due date, late or soon on its own,
 * and handed in on its own by the unit doing the task.
 */
export function MilestoneList({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handIn = useTaskAction<{ position: number }>(task.id, 'milestones');
  if (task.milestones.length === 0) return null;
  const state = (m: TaskMilestone) => {
    if (m.doneOn) return <Tag color="green">{t('tasks.milestones.done', { date: formatShortDate(m.doneOn) })}</Tag>;
    if (m.overdue) return <Tag color="red">{t('tasks.milestones.overdue', { days: m.workingDaysOverdue ?? 0 })}</Tag>;
    return m.dueSoon ? <Tag color="orange">{t('tasks.milestones.dueSoon')}</Tag> : null;
  };
  return (
    <List
      size="small"
      data-testid="task-milestones"
      dataSource={task.milestones}
      renderItem={(m) => (
        <List.Item
          actions={
            task.can.update && !m.doneOn
              ? [
                  <Button
                    key="done"
                    size="small"
                    loading={handIn.isPending}
                    onClick={() =>
                      handIn.mutate({ position: m.position }, { onError: (e) => message.error(e.message) })
                    }
                  >
                    {t('tasks.milestones.handIn')}
                  </Button>,
                ]
              : []
          }
        >
          {t('tasks.milestones.due', { position: m.position, date: formatShortDate(m.due) })} {state(m)}
        </List.Item>
      )}
    />
  );
}
