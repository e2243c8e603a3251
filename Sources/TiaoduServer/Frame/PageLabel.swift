// The keys of the pages' words: code names a word by its key, and PageText says it in the
// reader's language. Words generated text says too are Core's (`coreWord`): a page and a bulletin
// then agree.
import TiaoduCore

enum PageLabel: String, Sendable, CaseIterable {
    // words generated text says too: said by Core's catalogue, so a page and a bulletin agree
    case indicator, org, ytd, growth, target, completion, schedule, gap, rankTotal, rankGrowth, rankCompletion, status
    case green, amber, red, mismatchNote, importFailed, moreIssues, partialNote, preliminaryNote
    case projectsCount, plannedStarts, startRate, completionRate, productionRate, invested, planSum, investmentCompletion, shareOfCity, rankInGroup, gapShort, solver, due, raised, resolution, kindLand, kindLabour, kindFunding, kindApprovals, kindPower, kindOther, industry, classNewStart, classCompletion, classContinuing, classPreparatory, newStartPoints, continuingPoints, planTiers, progressFactor, progressCap, listedPoints, panelWeight, criticisms, deductions
    case appName, appTagline, bulletinTitle, period, parent, show, unit
    case requiredPace, requiredGrowth
    case previousRank, childrenSum, mismatch
    case published, computed, demoNotice, noData, language, api, asOf, dataPeriod
    case growthMismatchNote
    // typography: the punctuation that joins words, by language (「截止日期：2021-10-05」, "Due: 2021-10-05")
    case colon, inParens, listSeparator, clauseSeparator, projectsN, oneProject, unitOf
    case contestNotReady
    // navigation and pages
    case navDashboard, navBulletin, navEntry, navLeague, navIndicator, skipToContent
    case dashboardTitle, headline, noTargetCount, byCompletion, byGrowth, details
    case leagueTitle, peerGroup, defaultGroup, movement, up, down, unranked, parentRow
    case scorecardTitle, behindSchedule, allOnSchedule, childrenUnits, ranksAmong, ranksAfterPublication, requiredPaceNote, paceMonthly, paceGrowth, noRankedData
    case definition, frequency, accumulation, direction, growthBasis, aggregation, decimals, scheduleRule, formula, owner
    case trajectoryChart, completionChart, actual, targetTrajectory, lastYear, scheduleLine, month, valueHistoryTitle, changedAt, changedBy, route, oldValue, newValue, noHistory, forUnit
    case entryTitle, value, publishedGrowth, lastPeriod, sameMonthLastYear, save, savedCount, nothingSaved, implausible, entryHint, noChange
    case bulletinText, downloadCSV, downloadXLSX, bulletinWorkbookPart, bulletinMarksColumn, cumulativeHeading, tableHeading, pageNotFound, backHome
    // metadata values
    case monthly, quarterly, annual, flow, cumulative, stock, ratioKind, higherBetter, lowerBetter, nominal, real, comparable
    case aggregateSum, aggregateReported, aggregateRatio, aggregateNone, linearSchedule, dailySchedule, seasonalSchedule, plannedSchedule
    case routeCSV, routeAPI, routeDemo, routeForm
    // accounts
    case signIn, signOut, loginName, password, signInFailed, tooManyAttempts, signInRequired, signInTitle, formExpired, demoAccounts
    // the monthly cycle
    case navStatus, statusTitle, submissionStatus, dueDate, overdue, lastChange, reason, draft, submitted, approved, accepted
    case actSubmit, actWithdraw, actApprove, actReject, actAccept, actUnlock, lockedSubmitted, lockedApproved, lockedAccepted, notFromState, notPermittedAction, reasonRequired, ownSubmission, moved
    case navAudit, auditTitle, actor, action, object, before, after, adminsOnly
    case notPublished, outsideScope
    case navAccount, accountTitle, roles, apiTokens, tokenName, createToken, revoke, revoked, active, newTokenOnce, created
    // projects
    case navProjects, projectsTitle, projectOwner, projectCategory, listLevel, sizeTier, totalInvestment, annualPlan, stage
    case plannedStart, plannedFinish, responsibleUnit, leaderInCharge, taskForce, landStatus, listedInStatistics, timeline, industryChain
    case noProjects, projectCount
    case note, moveStage, navContest
    case draftMark, draftNotice, draftWatermark, readOnlyEntry, cannotReadUnit, coveredBy
    // projects' pages
    case figuresTitle, byCounty, byChain, stageCounts
    case behindList, notStartedList, openBlockers, noneListed
    case plannedStartShort, daysOpen, blockerKind, blockerDescription, resolvedOn, resolve, raiseBlocker
    case overdueMark, resolvedList
    case progressTitle, monthInvestment, cumulativeInvestment, physicalProgress, reportProgress, investmentChart, planTrajectory, actualCumulative
    case noProgress, monthWord, saveProgress
    case batchesTitle, batchName, batchDay, batchProjects, batchTotal, addBatch, noBatches, batchOrg
    case newProject, editProject, saveProject, projectCode, projectName, yearPlanClass
    case contestTitle, contestSheet, ruleSet, categoryPointsLabel
    case provinceBonus, productionBonus, batchBonus, batchCap, deductionPoints, panelScore
    case projectPoints, batchPoints, panelPoints, totalPoints, rankLabel, rankMovement, publish, publishedOn, preview, noRules
    case saveRules, effectiveDay, recordedOn, projectReports, unreportedList, investedThisYear, sizeTierPointsLabel, stagePointsLabel, moreProjects, registeredNote, historyTitle, historyEdit, historyStage, historyProgress, historyBlocker, historyResolve, reportedBy, quarterWord, countyInputs, projectBreakdown, frozenNote, savedRules, tiersHint, registerHint, sectionProjects
    case navUnits, navIndicators, unitsTitle, indicatorsTitle, gridCount, departmentCaption, noDepartment, projectSearch // navigation & index pages
    case gapEither, leagueGapToTarget, ruleStartedOnly, ruleStartedOnlyButStage, ruleNewStart, ruleContinuing, rulePlanTop, rulePlanBand, rulePlanBelow, rulePlanAll, ruleCategory, ruleSizeTier, ruleProgress, ruleProgressNoCap, ruleProgressCap, ruleProvince, ruleProduction, ruleListed, ruleStage, ruleBatch, ruleDeduction, rulePanel, ruleNoCap, ruleFormNewStart, ruleFormContinuing, ruleFormPlanTiers, ruleFormCategory, ruleFormSizeTier, ruleFormStage, ruleFormProgress, ruleFormProgressCap, ruleFormListed, ruleFormPanelWeight, contestStartColumn, contestPlanColumn, contestCategoryColumn, contestProgressColumn // league & contest rules
    case reviewTitle, reviewFigures, changedSinceSubmission, wasBefore, noteLabel, noNote, openWarnings, changesSince, saveNotes, movesTitle, returnedBecause, notesSaved, notesRequired, warningsChanged, badNoteText, reviewLink, entryWarningsNext, growthsCleared, returnedBy, notesRequiredHere, movedSubmit, movedWithdraw, movedApprove, movedReject, movedAccept, movedUnlock, returnedBanner, returnedState // review (数据审核)
    case entryTakes, entryTakesMonth, entryTakesQuarter, entryTakesYear, entryTakesMonthsTotal, entryTakesQuartersTotal, entryTakesMonthEnd, entryTakesQuarterEnd, entryTakesYearEnd, entryComputedNote, entryListSeparator, entryNumberHint, entryLockSubmitted, entryLockSubmittedWith, entryLockApproved, entryLockApprovedWith, entryLockAccepted, entryLockAcceptedWith, entrySubmitNext, entryLockedNothingSaved // entry grid
    case chartData, chartPoints, chartAgainst, chartGapPoints, chartGapTitle, chartInvestmentTitle, chartLevelTitle, chartGrowthTitle, chartGrowthSeries, chartTarget, chartTargetGrowth, chartLevelCompare, chartGrowthCompare, chartOwnTarget // charts
    case dashGapBehind, dashGapAhead, dashGapLevel, dashGapBelowTarget, dashGapAboveTarget, dashGapLevelTarget, dashChartSchedule, dashChartTarget, dashChartTitle, dashZeroSchedule, dashZeroTarget, dashLastInGroup, dashLastInGroups, dashSeparator, dashByUnit // dashboard
    case bulletinMasthead, bulletinMastheadSpan, bulletinIssueNumber, bulletinOverview, bulletinByIndicator, bulletinIssues, bulletinAnnex, bulletinItemTitle, bulletinIssueItem, bulletinAnnexCaption, bulletinAnnexContinued, bulletinAnnexIndicator, bulletinAnnexYTD, bulletinAnnexLevel, bulletinAnnexPoints, bulletinAnnexSchedule, bulletinAnnexNotes // bulletin 通报
    case entryTakesMonthEndLevel, entryTakesQuarterEndLevel, entryTakesYearEndLevel, pointsBasis, chartLevelByUnit // wording fixes
    case calendarTitle, calendarLink, calendarYearPicker, calendarWeekdays, calendarWeekdayNames, calendarOffMark, calendarWorkMark, calendarHoliday, calendarWorkday, calendarSpecialDays, calendarDate, calendarWeekday, calendarKind, calendarHolidayName, calendarWorkingDays, calendarLegend, calendarSource, calendarNoSpecialDays, calendarToday // calendar
    // cases: 案件台账, the case page and its forms, raising one, 我的待办, the figures, the 督办单
    case navCases, navInbox, caseLedgerTitle, caseRaiseButton, caseTotal, caseNoCases, caseAll, caseKind, caseType, caseKindType, caseState, caseColour, caseUnit, caseOrg, caseOpenFilter, caseOpenOnly, caseClosedOnly, caseRaisedFrom, caseRaisedTo, caseCode, caseTitle, caseLead, caseAssisting, caseDue, caseRaised, caseUrgent, casePrevious, caseNext, casePageOf, casePages, caseDueToday, caseDayLeft, caseDaysLeft, caseDayOverdue, caseDaysOverdue, caseEnterprise, caseRating, caseClosedOn, caseYes
    case caseProject, caseNotAssigned, caseReported, caseAcceptDue, caseSignDue, caseAssistDue, caseExtension, caseExtensionPending, caseExtensionDays, caseProgress, caseClosedOnTime, caseClosedLate, caseReopened, caseReopenedTimes, caseDetail, caseTimeline, caseAttachment, caseActionsTitle, caseNoActions, casePrintLink, caseTyped, caseDone, caseRaisedDone, caseUnknownAction
    case caseChoose, caseAssistingHint, caseDueOptional, caseDays, casePercent, caseReason, caseAnswerText, caseRateNote, caseNote, caseAttachmentName, caseRaiseTitle, caseEnterpriseNone, caseUrgentHint, caseSubmit, caseCannotRaise
    case caseInboxTitle, caseInboxEmpty, caseInboxCount, caseToDo, caseNotices, caseNoNotices, caseOpenCase
    case caseFiguresTitle, caseFrom, caseTo, caseFiguresPeriod, caseFiguresEmpty, caseFiguresNone, caseFiguresUnits, caseFiguresDepartments, caseFiguresUnit, caseFiguresDepartment, caseFiguresNote, caseRank, caseReceived, caseClosedCount, caseOnTimeRate, caseAverageDays, caseOpenCount, caseRed, caseYellow, caseBlue, caseSatisfaction, caseReopenedCount
    case casesSection, casesOpenCount, casesWaiting, caseDaysLeftColumn
    case caseSheetTitle, caseSheetNumber, caseSheetTask, caseSheetDeadline, caseSheetRequirements, caseSheetIssuer, caseSheetIssued, caseSheetInstruction, caseSheetSigner, caseSheetSignDate, caseSheetPrintHint
    // importing files (the import page) and spreadsheets
    case importTitle, importIntro, importKind, importFile, importSheet, importDryRunHint, importSubmit, importColumns, importRequired, importOptional
    case importCellsNote, importSheetRead, importCounts, importWrote, importWouldWrite, importLink
    case importKindOrgs, importKindIndicators, importKindTargets, importKindValues, importKindProjects, importKindProgress, importKindCalendar, importKindCases
    // the fill-in template (填报模板)
    case templateTitle, templateFillNote, templateCode, templateIndicator, templateUnit, templateTakes, templateLastPeriod, templateLastYear
    case templateValue, templateGrowth, templateSheet, templateNumbersOnly, templateValuePrompt, templateGrowthPrompt, templateHelpSheet
    case templateHelpTitle, templateHelp1, templateHelp2, templateHelp3, templateHelp4, templateHelp5, templateDownload
    // the table pages' downloads (the dashboard, a scorecard, the reporting status)
    case downloadLastInGroup, downloadUnitCode, downloadOverdue, downloadProjectsDue, downloadReturned
    // the projects' progress template (项目进度填报模板)
    case progressTemplateTitle, progressTemplateSheet, progressTemplateFillNote, progressTemplateBefore, progressTemplateBeforeNone, progressTemplateInvestment
    case progressTemplateProgress, progressTemplateInvestmentPrompt, progressTemplateHelpTitle, progressTemplateHelp1, progressTemplateHelp2
    case progressTemplateHelp3, progressTemplateHelp4, progressTemplateDownload, progressTemplateCannotEnter
}

extension PageLabel {
    /// The same word in Core's catalogue, for words generated text says too.
    var coreWord: Label? { Label(rawValue: rawValue) }
    var coreProjectWord: ProjectLabel? { ProjectLabel(rawValue: rawValue) }
}
