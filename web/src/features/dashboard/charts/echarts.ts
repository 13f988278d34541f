import { LineChart, MapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { init, registerMap, use, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only the parts the dashboard draws, so the charts' chunk stays small; SVG keeps text crisp and prints well.
use([MapChart, LineChart, GridComponent, TooltipComponent, SVGRenderer]);

export { init, registerMap, type ECharts, type EChartsCoreOption };
