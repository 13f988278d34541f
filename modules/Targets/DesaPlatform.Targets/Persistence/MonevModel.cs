using DesaPlatform.Targets.Domain;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Persistence;

/// <summary>The tables of monev: meetings, their findings, follow-up actions and their steps, the obstacle catalog.</summary>
internal static class MonevModel
{
    public const int PlaceLength = 200;
    public const int ParticipantsLength = 4000;
    public const int SummaryLength = 4000;
    public const int NoteLength = 2000;
    public const int WhatLength = 500;
    public const int NameLength = 100;

    public static void Configure(ModelBuilder modelBuilder)
    {
        var meeting = modelBuilder.Entity<MonevMeeting>();
        meeting.ToTable("monev_meetings");
        meeting.Property(m => m.RegionCode).HasMaxLength(13);
        meeting.Property(m => m.Place).HasMaxLength(PlaceLength);
        meeting.Property(m => m.Participants).HasMaxLength(ParticipantsLength);
        meeting.Property(m => m.Summary).HasMaxLength(SummaryLength);
        meeting.Property(m => m.RecordedBy).HasMaxLength(100);
        meeting.HasIndex(m => new { m.RegionCode, m.Date });

        var finding = modelBuilder.Entity<MonevFinding>();
        finding.ToTable("monev_findings");
        finding.Property(f => f.RegionCode).HasMaxLength(13);
        finding.Property(f => f.Segment).HasConversion<string>().HasMaxLength(20);
        finding.Property(f => f.ObstacleCode).HasMaxLength(40);
        finding.Property(f => f.Note).HasMaxLength(NoteLength);
        finding.Property(f => f.RecordedBy).HasMaxLength(100);
        finding.HasOne<MonevMeeting>().WithMany().HasForeignKey(f => f.MeetingId).OnDelete(DeleteBehavior.Restrict);
        finding.HasOne<Obstacle>().WithMany().HasForeignKey(f => f.ObstacleCode).OnDelete(DeleteBehavior.Restrict);
        finding.HasIndex(f => new { f.RegionCode, f.MeetingId });
        finding.HasIndex(f => f.MeetingId);

        var action = modelBuilder.Entity<FollowUpAction>();
        action.ToTable("monev_actions");
        action.Property(a => a.RegionCode).HasMaxLength(13);
        action.Property(a => a.What).HasMaxLength(WhatLength);
        action.Property(a => a.Owner).HasConversion<string>().HasMaxLength(20);
        action.Property(a => a.OwnerName).HasMaxLength(NameLength);
        action.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        action.Property(a => a.RecordedBy).HasMaxLength(100);
        action.Property(a => a.Version).IsConcurrencyToken();
        action.HasOne<MonevFinding>().WithMany().HasForeignKey(a => a.FindingId).OnDelete(DeleteBehavior.Restrict);
        action.HasIndex(a => a.FindingId);
        action.HasIndex(a => new { a.RegionCode, a.DueDate });

        var update = modelBuilder.Entity<ActionUpdate>();
        update.ToTable("monev_action_updates");
        update.Property(u => u.RegionCode).HasMaxLength(13);
        update.Property(u => u.By).HasMaxLength(100);
        update.Property(u => u.Note).HasMaxLength(NoteLength);
        update.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
        update.HasOne<FollowUpAction>().WithMany().HasForeignKey(u => u.ActionId).OnDelete(DeleteBehavior.Restrict);
        update.HasIndex(u => u.ActionId);

        var obstacle = modelBuilder.Entity<Obstacle>();
        obstacle.ToTable("monev_obstacles");
        obstacle.HasKey(o => o.Code);
        obstacle.Property(o => o.Code).HasMaxLength(40);
        obstacle.Property(o => o.RegionCode).HasMaxLength(13);
        obstacle.Property(o => o.NameId).HasMaxLength(NameLength);
        obstacle.Property(o => o.NameEn).HasMaxLength(NameLength);
        obstacle.Ignore(o => o.IsBuiltIn);
    }
}
