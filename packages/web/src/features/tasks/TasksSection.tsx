import { Route, Routes } from 'react-router';
import type { Me } from '../../api/session';
import { AmendmentsPage } from './AmendmentsPage';
import { AssignTaskPage } from './AssignTaskPage';
import { GanttPage } from './GanttPage';
import { SettingsPage } from './SettingsPage';
import { TaskListPage } from './TaskListPage';
import { TaskPage } from './TaskPage';

/** `/nhiem-vu`: the task list, the year timeline, a new assigned task, amendments, settings and log, a task's page. */
export function TasksSection({ me }: { me: Me }) {
  return (
    <Routes>
      <Route index element={<TaskListPage me={me} />} />
      <Route path="tien-do" element={<GanttPage />} />
      <Route path="them" element={<AssignTaskPage />} />
      <Route path="dieu-chinh" element={<AmendmentsPage />} />
      <Route path="cai-dat" element={<SettingsPage me={me} />} />
      <Route path=":id" element={<TaskPage />} />
    </Routes>
  );
}
