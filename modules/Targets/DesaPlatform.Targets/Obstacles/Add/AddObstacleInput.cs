namespace DesaPlatform.Targets.Obstacles.Add;

internal sealed record AddObstacleInput(string NameId, string NameEn);
