// Shared helpers of the TRS templates.
function showDate(){
	var d = new Date();
	var week = ["日", "一", "二", "三", "四", "五", "六"];
	document.write(d.getFullYear() + "年" + (d.getMonth() + 1) + "月" + d.getDate() + "日 星期" + week[d.getDay()]);
}
