using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Coverage.Report;
using DesaPlatform.Targets.Coverage.Series;
using DesaPlatform.Targets.Findings.Add;
using DesaPlatform.Targets.Findings.List;
using DesaPlatform.Targets.FollowUps.Add;
using DesaPlatform.Targets.FollowUps.AddNote;
using DesaPlatform.Targets.FollowUps.ChangeStatus;
using DesaPlatform.Targets.FollowUps.Overdue;
using DesaPlatform.Targets.GraphQL;
using DesaPlatform.Targets.Indicators;
using DesaPlatform.Targets.Meetings.Find;
using DesaPlatform.Targets.Meetings.List;
using DesaPlatform.Targets.Meetings.Record;
using DesaPlatform.Targets.Monitoring.LaggingVillages;
using DesaPlatform.Targets.Obstacles.Add;
using DesaPlatform.Targets.Obstacles.List;
using DesaPlatform.Targets.Targets.Cost;
using DesaPlatform.Targets.Targets.List;
using DesaPlatform.Targets.Targets.Set;
using DesaPlatform.Targets.Ucj.Import;
using DesaPlatform.Targets.Ucj.List;
using DesaPlatform.Targets.Ucj.Remove;
using DesaPlatform.Targets.Ucj.Set;
using GraphQL.Types;

namespace DesaPlatform.Targets;

internal sealed class TargetsSchema(MonevMeetingQueryShape meetingShape, MonevFindingQueryShape findingShape) : ISchemaContribution
{
    public void AddQueries(ObjectGraphType query)
    {
        CoverageReportField.AddTo(query);
        ListIndicatorsField.AddTo(query);
        ListTargetsField.AddTo(query);
        TargetCostField.AddTo(query);
        IndicatorSeriesField.AddTo(query);
        LaggingVillagesField.AddTo(query);
        ListMeetingsField.AddTo(query, meetingShape);
        FindMeetingField.AddTo(query);
        ListFindingsField.AddTo(query, findingShape);
        OverdueActionsField.AddTo(query);
        ListObstaclesField.AddTo(query);
        ListUcjInputsField.AddTo(query);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        SetTargetField.AddTo(mutation);
        RecordMeetingField.AddTo(mutation);
        AddFindingField.AddTo(mutation);
        AddActionField.AddTo(mutation);
        ChangeActionStatusField.AddTo(mutation);
        AddActionNoteField.AddTo(mutation);
        AddObstacleField.AddTo(mutation);
        SetUcjInputField.AddTo(mutation);
        RemoveUcjInputField.AddTo(mutation);
        ImportUcjInputsField.AddTo(mutation);
    }

    public IEnumerable<Type> SharedTypes => [typeof(LaggingVillageType)];
}
