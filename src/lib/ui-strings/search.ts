/** What the search page's scripts show (they import only this). {q}: the query; {n}: a count. */
import type { SearchText } from '../search/search-text';

export const searchText: SearchText = {
  loading: '正在搜索……',
  count: '找到 {n} 课',
  none: '没有找到和“{q}”有关的课程。',
  empty: '请输入您想查的内容，比如“冒充公安”“养老项目”“银行卡丢了”。',
  unavailable: '搜索暂时用不了。您可以从下面的课程组找，或直接打电话问。',
  allTracks: '全部',
};
